package io.luodi.web.archfixture.training;

/** A stand-in class of one phase module, for proving the architecture rule can fail. */
public class TrainingPlan {
}
