package th.phakee.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Clean addresses for the pages ({@code /} is {@code static/index.html}, served by Spring Boot as the welcome page). */
@Controller
class Pages {

    @GetMapping("/explore")
    String explore() {
        return "forward:/explore.html";
    }

    @GetMapping("/dashboard")
    String dashboard() {
        return "forward:/dashboard.html";
    }

    @GetMapping("/docs")
    String docs() {
        return "forward:/docs.html";
    }
}
