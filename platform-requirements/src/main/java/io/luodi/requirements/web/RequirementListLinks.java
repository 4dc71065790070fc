package io.luodi.requirements.web;

import io.luodi.requirements.requirement.RequirementQuery;
import io.luodi.requirements.requirement.RequirementSort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the requirement list that keep its filters: to a page, to another order, to the export. Only the
 * filters that are set appear in the address.
 */
public record RequirementListLinks(long projectId, RequirementQuery query) {

    public String page(int page) {
        return builder("", query.sort(), query.descending()).replaceQueryParam("page", page).build().toUriString();
    }

    /** The list ordered by the column; the order turns around when it already is by that column. */
    public String sortedBy(RequirementSort sort) {
        boolean descending = sort == query.sort() ? !query.descending() : sort == RequirementSort.UPDATED;
        return builder("", sort, descending).build().toUriString();
    }

    public String export() {
        return builder("/export.xlsx", query.sort(), query.descending()).build().toUriString();
    }

    /** The filters, sort and page as a query string, for the bulk form to come back to. */
    public String queryString() {
        String query = builder("", this.query.sort(), this.query.descending())
                .replaceQueryParam("page", this.query.page()).build().getQuery();
        return query == null ? "" : query;
    }

    private UriComponentsBuilder builder(String suffix, RequirementSort sort, boolean descending) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/projects/{id}/requirements" + suffix)
                .uriVariables(java.util.Map.of("id", projectId));
        param(builder, "status", query.status());
        param(builder, "priority", query.priority());
        param(builder, "scope", query.inScope() == null ? null : query.inScope() ? "in" : "out");
        param(builder, "category", query.category());
        param(builder, "q", query.text());
        if (sort != RequirementSort.KEY || descending) {
            builder.queryParam("sort", sort.name().toLowerCase(java.util.Locale.ROOT));
            builder.queryParam("dir", descending ? "desc" : "asc");
        }
        return builder.encode();
    }

    private static void param(UriComponentsBuilder builder, String name, Object value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }
}
