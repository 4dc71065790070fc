package io.luodi.requirements.template;

/**
 * Something wrong with one line of a question list, as a message-bundle code and its arguments; the line comes
 * first so the user can find it in their file.
 */
public record DraftProblem(int line, String messageCode, Object... arguments) {
}
