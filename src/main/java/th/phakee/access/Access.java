package th.phakee.access;

import graphql.schema.DataFetchingEnvironment;

/** The caller of the current request, and the check a mutation makes before it writes. */
public final class Access {

    private Access() {
    }

    public static Caller caller(DataFetchingEnvironment env) {
        Caller caller = env.getGraphQlContext().get(AccessInterceptor.CALLER);
        return caller == null ? Caller.ANONYMOUS : caller;
    }

    /** The caller, if their role includes {@code role}; else {@link ForbiddenException}. */
    public static Caller require(DataFetchingEnvironment env, Role role) {
        Caller caller = caller(env);
        if (!caller.role().includes(role)) {
            throw new ForbiddenException("This needs the " + role + " role; your "
                    + (caller == Caller.ANONYMOUS ? "request has no API key" : "key '" + caller.name() + "' has " + caller.role())
                    + ". Send an API key with that role in the X-API-Key header.");
        }
        return caller;
    }
}
