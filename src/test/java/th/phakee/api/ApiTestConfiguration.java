package th.phakee.api;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The HTTP tester waits as long as the service's own read timeout: the first request of a new shape includes
 * Neo4j planning its statement, which on a loaded 2-core machine can take longer than the tester's 5 s default.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiTestConfiguration {

    @Bean
    static BeanPostProcessor patientGraphQlTester() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof HttpGraphQlTester tester
                        ? tester.mutate().responseTimeout(Duration.ofSeconds(30)).build() : bean;
            }
        };
    }
}
