// AgencyConnection.totalCount: appended to Query.agencies.filter. Returns total.
RETURN count(a) AS total
