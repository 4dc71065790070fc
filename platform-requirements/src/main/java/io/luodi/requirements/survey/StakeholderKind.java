package io.luodi.requirements.survey;

/** Which side of the customer's organisation a survey hears: its IT, a business department, its leadership. */
public enum StakeholderKind {
    IT, BUSINESS, LEADERSHIP, OTHER
}
