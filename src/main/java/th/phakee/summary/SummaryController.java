package th.phakee.summary;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import th.phakee.geography.Province;
import th.phakee.geography.Region;

@Controller
@SchemaMapping(typeName = "Summary")
class SummaryController {

    private final SummaryQueries queries;

    SummaryController(SummaryQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Summary summary(@Argument Integer fiscalYear, @Argument String region, @Argument String province) {
        return new Summary(fiscalYear, region, province);
    }

    @SchemaMapping
    Region region(Summary summary) {
        return queries.region(summary.regionId());
    }

    @SchemaMapping
    Province province(Summary summary) {
        return queries.province(summary.provinceId());
    }

    @SchemaMapping
    List<LabelCount> counts(Summary summary) {
        return queries.counts(summary, "counts");
    }

    @SchemaMapping
    List<LabelCount> planLevels(Summary summary) {
        return queries.counts(summary, "planLevels");
    }

    @SchemaMapping
    List<KeyedMoney> budgetByPlanLevel(Summary summary) {
        return queries.money(summary, "budgetByPlanLevel");
    }

    @SchemaMapping
    List<KeyedMoney> budgetByProvince(Summary summary) {
        return queries.money(summary, "budgetByProvince");
    }

    @SchemaMapping
    List<KeyedMoney> budgetByRegion(Summary summary) {
        return queries.money(summary, "budgetByRegion");
    }

    @SchemaMapping
    List<KeyedMoney> budgetByAgency(Summary summary) {
        return queries.money(summary, "budgetByAgency");
    }

    @SchemaMapping
    List<KeyedMoney> budgetByYear(Summary summary) {
        return queries.money(summary, "budgetByYear");
    }

    @SchemaMapping
    List<AgencyDegree> mostConnectedAgencies(Summary summary, @Argument Integer first) {
        return queries.mostConnectedAgencies(summary, first);
    }

    @SchemaMapping
    int provincesWithLinkedCommunityPlans(Summary summary) {
        return queries.count(summary, "provincesWithLinkedCommunityPlans");
    }

    @SchemaMapping
    int provinces(Summary summary) {
        return queries.count(summary, "provinces");
    }
}
