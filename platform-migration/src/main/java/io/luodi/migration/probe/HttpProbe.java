package io.luodi.migration.probe;

import org.springframework.stereotype.Component;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Requests an HTTP(S) endpoint and reports its status code, response time and, for HTTPS, how many days its
 * certificate has left and whether the platform trusts it. Redirects are followed by hand, at most a few, each
 * one's host checked against the address policy first, so a redirect cannot lead a probe somewhere denied.
 */
@Component
class HttpProbe {

    private static final int MAX_REDIRECTS = 3;

    private final AddressPolicy policy;
    private final Clock clock;

    HttpProbe(AddressPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    ProbeOutcome run(String url, Duration timeout, int tlsWarningDays) {
        URI uri = URI.create(url);
        AtomicReference<X509Certificate[]> chain = new AtomicReference<>();
        AtomicReference<Boolean> trusted = new AtomicReference<>(Boolean.TRUE);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).sslContext(capturing(chain, trusted)).build();
        long start = System.nanoTime();
        try {
            for (int hop = 0; ; hop++) {
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                    return ProbeOutcome.error("probe.http.badUrl", uri.toString());
                }
                policy.resolve(uri.getHost());
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("User-Agent", "luodi-probe").GET().build(), HttpResponse.BodyHandlers.discarding());
                String location = response.headers().firstValue("Location").orElse(null);
                if (response.statusCode() / 100 == 3 && location != null && hop < MAX_REDIRECTS) {
                    uri = uri.resolve(location);
                    continue;
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                return ProbeOutcome.of(findings(uri, response.statusCode(), millis, chain.get(), trusted.get(),
                        tlsWarningDays));
            }
        } catch (AddressPolicy.Refused refused) {
            return ProbeOutcome.refused(refused.getMessage());
        } catch (UnknownHostException e) {
            return ProbeOutcome.failed("probe.result.unknownHost", uri.getHost(),
                    List.of(Finding.fail("net.reachable", "unknown host " + uri.getHost(), null)));
        } catch (HttpTimeoutException e) {
            return ProbeOutcome.failed("probe.result.noAnswer", uri + " (" + timeout.toSeconds() + " s)",
                    List.of(Finding.fail("net.reachable", uri + ": no answer within " + timeout.toSeconds() + " s",
                            null)));
        } catch (IOException e) {
            List<Finding> findings = new ArrayList<>();
            findings.add(Finding.fail("net.reachable", uri + ": " + e.getMessage(), null));
            // A handshake refused over an untrusted certificate still tells how long the certificate has left.
            if (chain.get() != null) {
                findings.add(certificate(chain.get(), false, tlsWarningDays));
            }
            return ProbeOutcome.failed("probe.result.connectFailed", uri + ": " + e.getMessage(), findings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeOutcome.error("probe.result.interrupted", null);
        }
    }

    private List<Finding> findings(URI uri, int status, long millis, X509Certificate[] chain, boolean trusted,
                                   int tlsWarningDays) {
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.judged("net.reachable", status < 500,
                "HTTP " + status + " from " + uri + " in " + millis + " ms", "HTTP status below 500"));
        if (chain != null && "https".equalsIgnoreCase(uri.getScheme())) {
            findings.add(certificate(chain, trusted, tlsWarningDays));
        }
        return findings;
    }

    private Finding certificate(X509Certificate[] chain, boolean trusted, int tlsWarningDays) {
        long days = ChronoUnit.DAYS.between(clock.instant(), chain[0].getNotAfter().toInstant());
        String observed = days + " days left (until " + chain[0].getNotAfter().toInstant().truncatedTo(ChronoUnit.DAYS)
                + ")" + (trusted ? "" : ", not trusted by the platform");
        return Finding.judged("tls.expiry", trusted && days >= tlsWarningDays, observed,
                "trusted, at least " + tlsWarningDays + " days left");
    }

    /**
     * The platform's usual trust, with the server's chain noted on the way, so that an untrusted or expired
     * certificate can still be reported on.
     */
    private static SSLContext capturing(AtomicReference<X509Certificate[]> chain, AtomicReference<Boolean> trusted) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            X509ExtendedTrustManager platform = Arrays.stream(factory.getTrustManagers())
                    .filter(X509ExtendedTrustManager.class::isInstance).map(X509ExtendedTrustManager.class::cast)
                    .findFirst().orElseThrow();
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{new CapturingTrustManager(platform, chain, trusted)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available", e);
        }
    }

    private static final class CapturingTrustManager extends X509ExtendedTrustManager {

        private final X509ExtendedTrustManager platform;
        private final AtomicReference<X509Certificate[]> chain;
        private final AtomicReference<Boolean> trusted;

        CapturingTrustManager(X509ExtendedTrustManager platform, AtomicReference<X509Certificate[]> chain,
                              AtomicReference<Boolean> trusted) {
            this.platform = platform;
            this.chain = chain;
            this.trusted = trusted;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
                throws CertificateException {
            noted(certificates, () -> platform.checkServerTrusted(certificates, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket)
                throws CertificateException {
            noted(certificates, () -> platform.checkServerTrusted(certificates, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
            noted(certificates, () -> platform.checkServerTrusted(certificates, authType));
        }

        private void noted(X509Certificate[] certificates, Check check) throws CertificateException {
            chain.set(certificates);
            try {
                check.run();
            } catch (CertificateException e) {
                trusted.set(Boolean.FALSE);
                throw e;
            }
        }

        private interface Check {
            void run() throws CertificateException;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType, SSLEngine engine)
                throws CertificateException {
            platform.checkClientTrusted(certificates, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket)
                throws CertificateException {
            platform.checkClientTrusted(certificates, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
            platform.checkClientTrusted(certificates, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return platform.getAcceptedIssuers();
        }
    }
}
