// Query.agencies: the agencies a page is cut from (AgencyFilter narrows, AgencyOrderField orders).
MATCH (this:Agency)
