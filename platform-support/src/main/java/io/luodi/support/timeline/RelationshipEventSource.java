package io.luodi.support.timeline;

import java.util.Collection;
import java.util.List;

/**
 * A contributor to the customer relationship timeline: improvements and revisits today, tickets and satisfaction
 * surveys later. Implementations answer for the projects they are given and decide nothing about access.
 */
public interface RelationshipEventSource {

    /** The events of the given projects, in any order. */
    List<RelationshipEvent> events(Collection<Long> projectIds);
}
