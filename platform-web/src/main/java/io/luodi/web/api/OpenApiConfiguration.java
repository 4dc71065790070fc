package io.luodi.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "personal-token";

    @Bean
    OpenAPI luodiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Luodi API").version("v1")
                        .description("Personal API tokens are created under Account → API tokens and sent as "
                                + "'Authorization: Bearer ldt_…'."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
