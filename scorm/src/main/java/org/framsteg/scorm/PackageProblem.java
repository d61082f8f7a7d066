package org.framsteg.scorm;

import java.util.Objects;

/**
 * One reason a package or manifest was refused: where, which rule and what was found.
 *
 * <pre>{@code
 * PackageProblem p = e.problems().get(0);
 * System.err.println(p.location() + ": " + p.detail());  // imsmanifest.xml: /manifest/organizations
 * }</pre>
 *
 * @param entry the zip entry name ({@code imsmanifest.xml}, {@code ../evil.sh}); empty when the
 *     problem concerns the whole archive
 * @param path the element path inside the entry ({@code /manifest/organizations/organization[1]});
 *     empty for zip-level problems
 * @param rule the rule broken
 * @param detail what was found, written for the person who has to fix the package
 * @see <a href="https://adlnet.gov/projects/scorm/">SCORM 2004 4th ed. CAM §3 Content Packaging</a>
 */
public record PackageProblem(String entry, String path, PackageRule rule, String detail) {
  public PackageProblem {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@code entry: path}, or whichever of the two is present. */
  public String location() {
    if (entry.isEmpty()) {
      return path.isEmpty() ? "(package)" : path;
    }
    return path.isEmpty() ? entry : entry + ": " + path;
  }

  @Override
  public String toString() {
    return location() + ": " + detail + " [" + rule + ": " + rule.description() + "]";
  }
}
