package th.phakee.read;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import graphql.language.FieldDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

import th.phakee.provenance.SourceTexts;

/**
 * How the compiled answers reach the client: a root query field is answered by {@link GraphReads} (controllers
 * exist only where Java derives something from the arguments, and take over those fields); any other field is
 * read from the map the statement built, under the field's result key (its alias, or its name); an interface value
 * names its type in {@code __label}; the fields of {@link JavaFields} are computed.
 */
@Component
class ReadWiring implements RuntimeWiringConfigurer {

    private static final TypeResolver BY_LABEL = new TypeResolver() {
        private final ClassNameTypeResolver byClass = new ClassNameTypeResolver();

        @Override
        public GraphQLObjectType getType(graphql.TypeResolutionEnvironment env) {
            Object value = env.getObject();
            if (value instanceof Map<?, ?> map && map.get("__label") instanceof String label) {
                return env.getSchema().getObjectType(label);
            }
            return byClass.getType(env);
        }
    };

    private final SourceTexts texts;
    private final GraphReads reads;
    private final ApplicationContext context;
    private TypeDefinitionRegistry registry;

    ReadWiring(SourceTexts texts, GraphReads reads, ApplicationContext context) {
        this.texts = texts;
        this.reads = reads;
        this.context = context;
    }

    @Override
    public void setTypeDefinitionRegistry(TypeDefinitionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        registry.types().values().forEach(type -> {
            if (type instanceof InterfaceTypeDefinition || type instanceof UnionTypeDefinition) {
                builder.type(TypeRuntimeWiring.newTypeWiring(type.getName()).typeResolver(BY_LABEL));
            }
        });
        for (ObjectTypeDefinition type : objectTypes()) {
            if (type.getName().equals("Query")) {
                // every root field is answered by its fragment, compiled with the selection, except where a
                // controller method derives something from the arguments first
                Set<String> controlled = controllerQueryFields();
                TypeRuntimeWiring.Builder root = TypeRuntimeWiring.newTypeWiring("Query");
                fields(type).stream().filter(field -> !controlled.contains(field.getName()))
                        .forEach(field -> root.dataFetcher(field.getName(), reads::fetch));
                builder.type(root);
            }
            for (FieldDefinition field : fields(type)) {
                if (JavaFields.computes(type.getName(), field.getName())) {
                    builder.type(TypeRuntimeWiring.newTypeWiring(type.getName())
                            .dataFetcher(field.getName(), JavaFields.fetcher(type.getName(), field.getName(), texts)));
                }
            }
        }
    }

    @Override
    public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
        container.add(new WiringFactory() {
            @Override
            public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
                return new ResultKeyDataFetcher(environment.getFieldDefinition().getName());
            }
        });
    }

    /** The root query fields that {@code @QueryMapping} methods of controllers answer. */
    private Set<String> controllerQueryFields() {
        Set<String> fields = new HashSet<>();
        context.getBeansWithAnnotation(Controller.class).values().forEach(bean -> {
            for (Method method : AopUtils.getTargetClass(bean).getDeclaredMethods()) {
                QueryMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, QueryMapping.class);
                if (mapping != null) {
                    fields.add(mapping.name().isEmpty() ? method.getName() : mapping.name());
                }
            }
        });
        return fields;
    }

    private List<ObjectTypeDefinition> objectTypes() {
        List<ObjectTypeDefinition> types = new java.util.ArrayList<>(registry.getTypes(ObjectTypeDefinition.class));
        registry.objectTypeExtensions().values().forEach(types::addAll);
        return types;
    }

    private static List<FieldDefinition> fields(ObjectTypeDefinition type) {
        return type.getFieldDefinitions();
    }

    /** Reads a compiled map under the field's result key; anything else (a record) by its property. */
    private static final class ResultKeyDataFetcher implements DataFetcher<Object>, graphql.TrivialDataFetcher<Object> {

        private final PropertyDataFetcher<Object> property;

        ResultKeyDataFetcher(String field) {
            this.property = PropertyDataFetcher.fetching(field);
        }

        @Override
        public Object get(graphql.schema.DataFetchingEnvironment env) throws Exception {
            Object source = env.getSource();
            if (source instanceof Map<?, ?> map) {
                return map.get(env.getField().getResultKey());
            }
            return property.get(env);
        }
    }
}
