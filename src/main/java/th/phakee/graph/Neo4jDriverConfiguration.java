package th.phakee.graph;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Logger;
import org.neo4j.driver.Logging;
import org.springframework.boot.autoconfigure.neo4j.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * The driver's settings that code cannot express as properties (the timeouts are in {@code application.properties}):
 * <ul>
 * <li>one bookmark manager for the whole application: {@code Neo4jClient}, Spring's transaction manager and the
 * managed write transactions ({@code importer.GraphEditor}) all take their bookmarks from it and give theirs back,
 * so that in a cluster a caller reads its own writes (Spring Data Neo4j creates one per component otherwise);</li>
 * <li>driver log lines in plain words: the driver logs each retried transaction and each broken connection with
 * a stack trace; here the message and the cause's one-line description, the stack trace only at DEBUG.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class Neo4jDriverConfiguration {

    @Bean
    Neo4jBookmarkManager neo4jBookmarkManager() {
        return Neo4jBookmarkManager.create();
    }

    @Bean
    ConfigBuilderCustomizer plainDriverLogging() {
        return builder -> builder.withLogging(new PlainLogging());
    }

    /** Driver logging through commons-logging (as Spring Boot's), under {@code org.neo4j.driver}. */
    static final class PlainLogging implements Logging {

        @Override
        public Logger getLog(String name) {
            return new PlainLogger(LogFactory.getLog(name.startsWith("org.neo4j.driver.") ? name : "org.neo4j.driver." + name));
        }
    }

    private record PlainLogger(Log log) implements Logger {

        @Override
        public void error(String message, Throwable cause) {
            log.error(plain(message, cause));
            log.debug(message, cause);
        }

        @Override
        public void warn(String message, Throwable cause) {
            log.warn(plain(message, cause));
            log.debug(message, cause);
        }

        @Override
        public void debug(String message, Throwable cause) {
            log.debug(message, cause);
        }

        @Override
        public void info(String format, Object... params) {
            if (log.isInfoEnabled()) {
                log.info(String.format(format, params));
            }
        }

        @Override
        public void warn(String format, Object... params) {
            if (log.isWarnEnabled()) {
                log.warn(String.format(format, params));
            }
        }

        @Override
        public void debug(String format, Object... params) {
            if (log.isDebugEnabled()) {
                log.debug(String.format(format, params));
            }
        }

        @Override
        public void trace(String format, Object... params) {
            if (log.isTraceEnabled()) {
                log.trace(String.format(format, params));
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return log.isTraceEnabled();
        }

        @Override
        public boolean isDebugEnabled() {
            return log.isDebugEnabled();
        }

        private static String plain(String message, Throwable cause) {
            return cause == null ? message : message + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
    }
}
