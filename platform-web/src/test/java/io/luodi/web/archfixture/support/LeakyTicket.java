package io.luodi.web.archfixture.support;

import io.luodi.web.archfixture.training.TrainingPlan;

/** Breaks the rule on purpose: a support class that reaches into training. */
public class LeakyTicket {

    TrainingPlan plan;
}
