package io.luodi.support.notification;

import io.luodi.testsupport.WithPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The support module with mail sent to GreenMail's test port and a clock the test moves; the notification test
 * classes share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"luodi.public-url=https://luodi.example.com/", "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025"})
@Import(MutableClock.Configuration.class)
@WithPostgres
@interface NotificationTest {
}
