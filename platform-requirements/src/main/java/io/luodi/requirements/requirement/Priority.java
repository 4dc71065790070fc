package io.luodi.requirements.requirement;

/** MoSCoW priority. */
public enum Priority {
    MUST, SHOULD, COULD, WONT
}
