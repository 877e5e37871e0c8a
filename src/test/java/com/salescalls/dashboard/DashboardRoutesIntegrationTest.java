package com.salescalls.dashboard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.salescalls.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What the dashboard's paths answer, and the headers its pages carry. */
@IntegrationTest
class DashboardRoutesIntegrationTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse get(String path, String accept) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header(HttpHeaders.ACCEPT, accept)).andReturn()
                .getResponse();
    }

    @Test
    void rootRedirectsABrowserToTheDashboard() throws Exception {
        MockHttpServletResponse response = get("/",
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8");

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getHeader(HttpHeaders.LOCATION)).isEqualTo("/app/");
    }

    @Test
    void rootKeepsItsJsonForApiClients() throws Exception {
        for (String accept : new String[] {"*/*", MediaType.APPLICATION_JSON_VALUE}) {
            MockHttpServletResponse response = get("/", accept);

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
            assertThat(response.getContentAsString()).contains("\"docs\":\"/docs\"");
        }
    }

    @Test
    void pagesAreServedWithoutATokenUnderAPolicyThatAllowsNoInlineScript() throws Exception {
        MockHttpServletResponse root = get("/app/", "text/html");
        MockHttpServletResponse page = get("/app/index.html", "text/html");
        MockHttpServletResponse script = get("/app/js/main.js", "*/*");

        assertThat(root.getStatus()).isEqualTo(200);
        assertThat(root.getForwardedUrl()).isEqualTo("/app/index.html");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("<script type=\"module\" src=\"js/main.js\">");
        assertThat(script.getStatus()).isEqualTo(200);
        String policy = page.getHeader("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'").contains("object-src 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(script.getHeader("Content-Security-Policy")).isEqualTo(policy);
    }

    @Test
    void servesTheChartLibraryFromItsWebjar() throws Exception {
        MockHttpServletResponse response = get("/app/vendor/echarts/echarts.esm.min.js", "*/*");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray().length).isGreaterThan(500_000);
    }

    @Test
    void appWithoutSlashRedirectsToTheDashboard() throws Exception {
        MockHttpServletResponse response = get("/app", "text/html");

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getHeader(HttpHeaders.LOCATION)).endsWith("/app/");
    }

    @Test
    void theApiStillNeedsATokenBesideTheOpenPages() throws Exception {
        assertThat(get("/api/v1/calls", "application/json").getStatus()).isEqualTo(401);
        assertThat(get("/app/../api/v1/calls", "application/json").getStatus()).isIn(400, 401, 404);
    }
}
