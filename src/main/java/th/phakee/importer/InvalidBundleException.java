package th.phakee.importer;

import java.util.List;

/** The bundle was refused; nothing was written. Carries every problem found, not only the first. */
public class InvalidBundleException extends RuntimeException {

    private final transient List<BundleProblem> problems;

    InvalidBundleException(List<BundleProblem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the bundle, nothing was imported");
        this.problems = problems.stream().sorted().toList();
    }

    public List<BundleProblem> problems() {
        return problems;
    }
}
