package io.luodi.web.api;

import io.luodi.core.token.ApiTokenManagement;
import io.luodi.core.user.UserManagement;
import io.luodi.web.LuodiWebTest;
import io.luodi.web.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LuodiWebTest
class ApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData testData;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    UserManagement users;

    private String tokenOf(String username) {
        return "Bearer " + tokens.issue(users.findByUsername(username).orElseThrow().getId(), "test").plainToken();
    }


    @Test
    void aTokenIdentifiesItsOwner() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", tokenOf("chenjing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("chenjing"))
                .andExpect(jsonPath("$.role").value("CUSTOMER"))
                .andExpect(jsonPath("$.organisation").value("市第一人民医院 City No.1 Hospital"));
    }

    @Test
    void theProjectListHoldsExactlyWhatTheCallerMaySee() throws Exception {
        mvc.perform(get("/api/v1/projects").header("Authorization", tokenOf("chenjing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", containsInAnyOrder("HIS", "LIS")));
        mvc.perform(get("/api/v1/projects").header("Authorization", tokenOf("liqiang")))
                .andExpect(jsonPath("$[*].code", containsInAnyOrder("HIS")));
    }

    @Test
    void oneProjectComesWithItsSixPhases() throws Exception {
        mvc.perform(get("/api/v1/projects/{id}", testData.demoProjectId("HIS")).header("Authorization", tokenOf("liqiang")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("HIS"))
                .andExpect(jsonPath("$.phases", hasSize(6)))
                .andExpect(jsonPath("$.phases[0].phase").value("REQUIREMENTS"))
                .andExpect(jsonPath("$.startDate").isString());
    }

    @Test
    void anotherOrganisationsProjectIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/projects/{id}", testData.demoProjectId("FIN")).header("Authorization", tokenOf("chenjing")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").doesNotExist());
    }

    @Test
    void noTokenOrABadTokenIsUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/projects")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/projects").header("Authorization", "Bearer ldt_forged"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aRevokedTokenStopsWorking() throws Exception {
        long userId = users.findByUsername("zhoumin").orElseThrow().getId();
        var issued = tokens.issue(userId, "revoke me");
        tokens.revoke(userId, issued.id());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.plainToken()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/projects']").exists())
                .andExpect(jsonPath("$.components.securitySchemes['personal-token'].scheme").value("bearer"));
    }
}
