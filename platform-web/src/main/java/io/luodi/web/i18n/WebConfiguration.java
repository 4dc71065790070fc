package io.luodi.web.i18n;

import io.luodi.web.security.CurrentUserArgumentResolver;
import io.luodi.web.security.PasswordChangeInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;

/** Language choice (browser preference, then the switcher's cookie), the current-user parameter, interceptors. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final CurrentUserArgumentResolver currentUserArgumentResolver;
    private final PasswordChangeInterceptor passwordChangeInterceptor;

    WebConfiguration(CurrentUserArgumentResolver currentUserArgumentResolver,
                     PasswordChangeInterceptor passwordChangeInterceptor) {
        this.currentUserArgumentResolver = currentUserArgumentResolver;
        this.passwordChangeInterceptor = passwordChangeInterceptor;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("luodi-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> SupportedLocales.bestMatch(request.getLocales()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor localeChange = new LocaleChangeInterceptor();
        localeChange.setParamName("lang");
        localeChange.setIgnoreInvalidLocale(true);
        registry.addInterceptor(localeChange);
        registry.addInterceptor(new TimeZoneChangeInterceptor((LocaleContextResolver) localeResolver()));
        registry.addInterceptor(passwordChangeInterceptor)
                .excludePathPatterns("/login", "/logout", "/error", "/webjars/**", "/css/**", "/js/**", "/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(currentUserArgumentResolver);
    }
}
