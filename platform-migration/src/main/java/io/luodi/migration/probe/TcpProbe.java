package io.luodi.migration.probe;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/** Opens a TCP connection to host:port from the platform and closes it again; nothing is sent. */
@Component
class TcpProbe {

    private final AddressPolicy policy;

    TcpProbe(AddressPolicy policy) {
        this.policy = policy;
    }

    ProbeOutcome run(String host, int port, Duration timeout) {
        InetAddress address;
        try {
            address = policy.resolve(host);
        } catch (AddressPolicy.Refused refused) {
            return ProbeOutcome.refused(refused.getMessage());
        } catch (UnknownHostException e) {
            return ProbeOutcome.failed("probe.result.unknownHost", host,
                    List.of(Finding.fail("net.reachable", "unknown host " + host, null)));
        }
        String where = host + ":" + port;
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, timeout.toMillis()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            return ProbeOutcome.of(List.of(Finding.pass("net.reachable", where + " reached in " + millis + " ms",
                    null)));
        } catch (SocketTimeoutException e) {
            return ProbeOutcome.failed("probe.result.noAnswer", where + " (" + timeout.toSeconds() + " s)",
                    List.of(Finding.fail("net.reachable", where + ": no answer within " + timeout.toSeconds()
                            + " s", null)));
        } catch (IOException e) {
            return ProbeOutcome.failed("probe.result.connectFailed", where + ": " + e.getMessage(),
                    List.of(Finding.fail("net.reachable", where + ": " + e.getMessage(), null)));
        }
    }
}
