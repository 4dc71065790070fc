package io.luodi.migration.engine.run;

import io.luodi.core.BusinessRuleException;
import io.luodi.migration.engine.plan.PlanException;
import io.luodi.migration.engine.text.Texts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns what went wrong in a run into one sentence a user can act on: which plan line, which file, which database
 * and why. Never a stack trace, never a class name unless nothing better is known.
 */
final class RunFailures {

    /** Thrown inside a run to say where the failure is; the cause says what. */
    static final class Failure extends RuntimeException {
        final String key;
        final Object[] args;

        Failure(String key, Throwable cause, Object... args) {
            super(key, cause);
            this.key = key;
            this.args = args;
        }
    }

    private RunFailures() {
    }

    static String describe(Throwable failure, Texts texts, Locale locale) {
        if (failure instanceof Failure located) {
            Object[] args = new Object[located.args.length + 1];
            System.arraycopy(located.args, 0, args, 0, located.args.length);
            // The place is in the key; the driver's own first line says what happened there.
            args[located.args.length] = located.getCause() == null ? "" : message(located.getCause());
            return texts.get(located.key, args);
        }
        return cause(failure, texts, locale);
    }

    private static String cause(Throwable failure, Texts texts, Locale locale) {
        if (failure instanceof PlanException plan) {
            return texts.get("migration.run.failure.plan", plan.describe(locale));
        }
        if (failure instanceof BusinessRuleException rule) {
            return texts.get(rule.messageCode(), rule.arguments());
        }
        SQLException sql = find(failure, SQLException.class);
        if (sql != null) {
            return database(sql, texts);
        }
        if (failure instanceof NoSuchFileException missing) {
            return texts.get("migration.run.failure.noFile", missing.getFile());
        }
        if (failure instanceof AccessDeniedException denied) {
            return texts.get("migration.run.failure.fileDenied", denied.getFile());
        }
        if (failure instanceof IOException io) {
            return texts.get("migration.run.failure.io", message(io));
        }
        if (failure instanceof OutOfMemoryError) {
            return texts.get("migration.run.failure.memory");
        }
        return texts.get("migration.run.failure.unexpected", failure.getClass().getSimpleName(), message(failure));
    }

    private static String database(SQLException e, Texts texts) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return texts.get("migration.run.failure.connect", message(e));
        }
        if (state.startsWith("28")) {
            return texts.get("migration.run.failure.login", message(e));
        }
        if (state.equals("3D000")) {
            return texts.get("migration.run.failure.noDatabase", message(e));
        }
        if (state.equals("42P01")) {
            return texts.get("migration.run.failure.noTable", message(e));
        }
        if (state.startsWith("42")) {
            return texts.get("migration.run.failure.sql", message(e));
        }
        return texts.get("migration.run.failure.database", state, message(e));
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The first line of a message: drivers append hints and positions that only a developer reads. */
    private static String message(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
