package th.phakee.access;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The operator's endpoints: {@code /actuator/metrics} and {@code /actuator/prometheus} need an API key with the
 * ADMIN role (401 without a known key, 403 with another role); {@code /actuator/health} answers everyone with its
 * status (UP/DOWN, and the liveness and readiness probes), and shows its details to an ADMIN key only (Spring
 * Boot's {@code show-details=when-authorized}, which reads the caller's role from the request this filter marks).
 */
@Component
class ActuatorAccessFilter extends OncePerRequestFilter {

    private final ApiKeys keys;

    ActuatorAccessFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String secret = secret(request);
        Caller caller = secret == null ? Caller.ANONYMOUS : keys.caller(secret).orElse(null);
        if (caller == null) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "The API key is not known here; check it, or ask an administrator for one.");
            return;
        }
        boolean admin = caller.role().includes(Role.ADMIN);
        if (!admin && (path.startsWith("/actuator/metrics") || path.startsWith("/actuator/prometheus"))) {
            if (caller == Caller.ANONYMOUS) {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                        "Metrics need an API key with the ADMIN role: send it in the X-API-Key header.");
            }
            else {
                refuse(response, HttpServletResponse.SC_FORBIDDEN,
                        "Metrics need the ADMIN role; the key '" + caller.name() + "' has " + caller.role() + ".");
            }
            return;
        }
        chain.doFilter(admin ? new AdminRequest(request, caller) : request, response);
    }

    private static String secret(HttpServletRequest request) {
        String key = request.getHeader("X-API-Key");
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return null;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    /** The request of an ADMIN key: its principal is the key's name, and it is in the role ADMIN. */
    private static final class AdminRequest extends HttpServletRequestWrapper {

        private final Caller caller;

        AdminRequest(HttpServletRequest request, Caller caller) {
            super(request);
            this.caller = caller;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller::name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return Role.ADMIN.name().equals(role);
        }
    }
}
