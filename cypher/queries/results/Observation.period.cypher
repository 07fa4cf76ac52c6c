// Observation.period: a running total, else a quarter's own figure, else the year's.
RETURN CASE WHEN coalesce(this.cumulative, false) THEN 'CUMULATIVE'
            WHEN this.quarter IS NOT NULL THEN 'QUARTER' ELSE 'YEAR' END
