package th.phakee.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400 or 413 and one log line, the bodies of {@code POST /graphql} that Spring for GraphQL does not:
 * the JSON value {@code null} (it read it as no request and failed with a NullPointerException: a 500 and a stack
 * trace in the log), and bodies over {@value #MAX_BODY_BYTES} bytes (a request's text arguments are at most 1000
 * characters, so no sound request comes near). Any other body is passed on as it came.
 */
@Component
class GraphQlBodyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlBodyFilter.class);
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request body is larger than "
                    + MAX_BODY_BYTES + " bytes.");
            return;
        }
        if (new String(body, StandardCharsets.ISO_8859_1).strip().equals("null")) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "The request body is null; send a JSON object such as "
                    + "{\"query\": \"{ provinces { id } }\"}.");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        log.info("Request refused at POST /graphql ({}): {}", status, message);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"errors\":[{\"message\":\"" + message.replace("\"", "\\\"")
                + "\",\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}");
    }

    /** The request with its body read already, given again to whoever reads it next. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
