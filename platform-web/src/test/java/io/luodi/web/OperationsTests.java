package io.luodi.web;

import io.luodi.core.token.ApiTokenManagement;
import io.luodi.core.user.UserManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What operators and their monitoring reach: health for anyone, metrics for administrators' tokens only. */
@LuodiWebTest
class OperationsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    UserManagement users;

    private String bearer(String username) {
        return "Bearer " + tokens.issue(users.findByUsername(username).orElseThrow().getId(), "monitoring")
                .plainToken();
    }

    @Test
    void healthIsUpAndPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void healthShowsTheDatabaseToAdministrators() throws Exception {
        mvc.perform(get("/actuator/health").header("Authorization", bearer("admin")))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void prometheusMetricsNeedAnAdministratorsToken() throws Exception {
        mvc.perform(get("/actuator/prometheus").header("Authorization", bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/prometheus").header("Authorization", bearer("liqiang")))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyHealthInfoAndPrometheusAreExposed() throws Exception {
        mvc.perform(get("/actuator/env").header("Authorization", bearer("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").header("Authorization", bearer("admin"))).andExpect(status().isNotFound());
    }
}
