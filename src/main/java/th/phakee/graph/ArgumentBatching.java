package th.phakee.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * Batching for nested fields that take arguments ({@code Province.plans(level:)}), which {@code @BatchMapping}
 * cannot: the data loader is keyed by parent and arguments, and runs one statement per distinct set of arguments
 * in the request (fixed by the query text, never by the number of parents).
 */
public final class ArgumentBatching {

    /** A parent with the arguments of one field selection. */
    record Key(Object parent, List<Object> arguments) {
    }

    private ArgumentBatching() {
    }

    /** Registers the loader {@code name}: {@code load} gets the parents and the arguments they share. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static <P, V> void register(BatchLoaderRegistry registry, String name,
            BiFunction<List<P>, List<Object>, Map<P, V>> load) {
        registry.forTypePair(Key.class, Object.class).withName(name).registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> {
                    Map<Key, Object> result = new HashMap<>();
                    keys.stream().collect(Collectors.groupingBy(Key::arguments)).forEach((arguments, group) -> {
                        List<P> parents = new ArrayList<>();
                        group.forEach(key -> parents.add((P) key.parent()));
                        Map<P, V> values = load.apply(parents, arguments);
                        group.forEach(key -> result.put(key, values.get((P) key.parent())));
                    });
                    return (Map) result;
                }));
    }

    /** Loads {@code parent}'s value through the loader {@code name}, batched with the other parents. */
    @SuppressWarnings("unchecked")
    public static <V> CompletableFuture<V> load(DataFetchingEnvironment env, String name, Object parent,
            Object... arguments) {
        DataLoader<Key, Object> loader = env.getDataLoader(name);
        return loader.load(new Key(parent, Arrays.asList(arguments))).thenApply(value -> (V) value);
    }
}
