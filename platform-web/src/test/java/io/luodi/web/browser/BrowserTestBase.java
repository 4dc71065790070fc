package io.luodi.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One headless Chromium per browser test class, preferring the given language, against the running app. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    @LocalServerPort
    int port;

    Browser browser;

    /** The browser's preferred language, as Accept-Language. */
    abstract String language();

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port, language());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
