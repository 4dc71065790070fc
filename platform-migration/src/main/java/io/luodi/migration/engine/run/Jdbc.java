package io.luodi.migration.engine.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where a database is and how to log in. The password never appears in the text form. */
public record Jdbc(String url, String user, String password) {

    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public String toString() {
        return "Jdbc[" + url + " as " + user + "]";
    }
}
