// ProjectConnection.totalCount: appended to Query.projects.filter. Returns total.
RETURN count(p) AS total
