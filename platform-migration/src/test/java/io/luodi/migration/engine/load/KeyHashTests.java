package io.luodi.migration.engine.load;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class KeyHashTests {

    @Test
    void hashesEveryKeyAsPostgresHashtextextendedDoes() throws SQLException {
        List<String> keys = new ArrayList<>(List.of("", "a", "P00000001", "病人编号", "12:P00000001", "-",
                "1,2", "\"quoted\"", "tab\there", "😀 emoji", "郑秀小郑秀小郑秀小郑秀小郑秀小"));
        Random random = new Random(11);
        for (int length = 0; length <= 40; length++) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < length; i++) {
                key.append(random.nextBoolean() ? (char) ('!' + random.nextInt(90)) : (char) (0x4E00 + random.nextInt(500)));
            }
            keys.add(key.toString());
        }
        try (Connection connection = LoadFixture.connect();
             PreparedStatement query = connection.prepareStatement("SELECT hashtextextended(?, 0)")) {
            for (String key : keys) {
                query.setString(1, key);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    assertThat(KeyHash.of(key.getBytes(StandardCharsets.UTF_8))).as(key).isEqualTo(result.getLong(1));
                }
            }
        }
    }
}
