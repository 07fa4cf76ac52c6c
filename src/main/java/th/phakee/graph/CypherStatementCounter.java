package th.phakee.graph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the Cypher statements the application sends to Neo4j (each {@code run} on a session or transaction is
 * one round trip), as the metric {@code phakee.cypher.statements} and for tests that bound the statements a
 * GraphQL request costs (no N+1). Works by wrapping the driver's sessions and transactions, including those a
 * managed transaction ({@code executeRead}/{@code executeWrite}) hands to its callback; nothing else changes.
 */
@Component
public class CypherStatementCounter implements BeanPostProcessor {

    private final AtomicLong statements = new AtomicLong();
    private final ObjectProvider<MeterRegistry> meters;
    private volatile Counter metric;

    CypherStatementCounter(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    /** Counts a statement run without the driver (read.GraphReads on the embedded database). */
    public void record() {
        statements.incrementAndGet();
        counter().increment();
    }

    /** Statements sent since start; take the difference around a request. */
    public long count() {
        return statements.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof Driver driver ? wrap(driver) : bean;
    }

    private Object wrap(Object target) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> candidate : type.getInterfaces()) {
                if (java.lang.reflect.Modifier.isPublic(candidate.getModifiers())) {
                    interfaces.add(candidate);
                }
            }
        }
        InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
        return Proxy.newProxyInstance(getClass().getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
    }

    @SuppressWarnings("unchecked")
    private Object invoke(Object target, Method method, Object[] args) throws Throwable {
        if (target instanceof SimpleQueryRunner && method.getName().equals("run")) {
            statements.incrementAndGet();
            counter().increment();
        }
        if (args != null && args.length > 0 && args[0] instanceof TransactionCallback<?> callback) {
            // executeRead/executeWrite: count what the callback runs on its transaction
            args = args.clone();
            args[0] = (TransactionCallback<Object>) tx -> callback.execute((TransactionContext) wrap(tx));
        }
        else if (args != null && args.length > 0 && args[0] instanceof java.util.function.Consumer<?> consumer
                && method.getName().endsWith("WithoutResult")) {
            args = args.clone();
            args[0] = (java.util.function.Consumer<TransactionContext>) tx ->
                    ((java.util.function.Consumer<TransactionContext>) consumer).accept((TransactionContext) wrap(tx));
        }
        Object result;
        try {
            result = method.invoke(target, args);
        }
        catch (InvocationTargetException e) {
            throw e.getCause();
        }
        // sessions and transactions are where statements run; wrap them so their runs are counted
        return result instanceof SimpleQueryRunner ? wrap(result) : result;
    }

    private Counter counter() {
        Counter counter = metric;
        if (counter == null) {
            MeterRegistry registry = meters.getIfAvailable();
            counter = registry == null ? Counter.builder("phakee.cypher.statements").register(new io.micrometer.core.instrument.simple.SimpleMeterRegistry())
                    : Counter.builder("phakee.cypher.statements").description("Cypher statements sent to Neo4j").register(registry);
            metric = counter;
        }
        return counter;
    }
}
