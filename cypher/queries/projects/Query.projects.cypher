// Query.projects: the projects and activities a page is cut from (ProjectFilter narrows, ProjectOrderField orders).
MATCH (this:Project)
