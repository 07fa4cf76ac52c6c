package th.phakee.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /graphiql}: the GraphiQL page bundled in the jar (its scripts come from WebJars, not a CDN). */
@Controller
class GraphiQlPage {

    @GetMapping("/graphiql")
    String graphiql() {
        return "forward:/graphiql/index.html";
    }
}
