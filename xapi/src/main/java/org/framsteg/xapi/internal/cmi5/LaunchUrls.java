package org.framsteg.xapi.internal.cmi5;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.framsteg.core.course.Activity;
import org.framsteg.core.course.Assessment;
import org.framsteg.core.course.Document;
import org.framsteg.core.course.Media;
import org.framsteg.core.course.TimedMedia;
import org.framsteg.core.course.WebLink;

/**
 * Launch URLs of AUs: the player at the launch base, told by query parameters which activity to
 * present ({@code activity}) and where its media are ({@code media}, relative sources resolved
 * against the base).
 *
 * <p>The activity id goes in the query rather than the path because Framsteg ids are IRIs: in a
 * path segment their slashes would have to be sent as {@code %2F}, which many web servers refuse.
 * The names do not collide with the parameters the LMS adds at launch (cmi5 §8.1).
 */
public final class LaunchUrls {
  private LaunchUrls() {}

  /** The query parameters the LMS appends at launch (cmi5 §8.1.1 to §8.1.5). */
  public static final Set<String> CMI5_PARAMETERS = Set.of("endpoint", "fetch", "actor", "registration", "activityId");

  /** The parameters the export adds. */
  public static final Set<String> OWN_PARAMETERS = Set.of("activity", "media");

  /** The checks a launch base must pass; empty when it is usable, else the rule broken. */
  public static Optional<String> problem(URI base) {
    if (!base.isAbsolute() || base.isOpaque()) {
      return Optional.of("must be an absolute, hierarchical URL such as https://lms.example.org/framsteg/ (cmi5 §14.2:"
          + " URLs of a course structure without a package are fully qualified), was '" + base + "'");
    }
    if (base.getRawFragment() != null) {
      return Optional.of("must not have a fragment, was '" + base + "'");
    }
    if (base.getRawQuery() != null) {
      for (String pair : base.getRawQuery().split("&")) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (CMI5_PARAMETERS.contains(name) || OWN_PARAMETERS.contains(name)) {
          return Optional.of("must not use the query parameter '" + name + "': "
              + (CMI5_PARAMETERS.contains(name) ? "the LMS adds it at launch (cmi5 §8.1)" : "the export adds it"));
        }
      }
    }
    return Optional.empty();
  }

  /** The launch URL of the activity's AU. */
  public static String of(URI base, Activity activity) {
    String b = base.toString();
    StringBuilder sb = new StringBuilder(b.length() + 128).append(b);
    if (base.getRawQuery() == null) {
      sb.append('?');
    } else if (!b.endsWith("?") && !b.endsWith("&")) {
      sb.append('&');
    }
    sb.append("activity=").append(Iris.encode(activity.id()));
    media(base, activity.media()).ifPresent(m -> sb.append("&media=").append(Iris.encode(m)));
    return sb.toString();
  }

  /** Where the activity's media are, absolute: a relative source resolved against the base. */
  public static Optional<String> media(URI base, Media media) {
    URI source = null;
    if (media instanceof TimedMedia t) {
      source = t.source();
    } else if (media instanceof Document d) {
      source = d.source();
    } else if (media instanceof WebLink l) {
      source = l.url();
    } else if (media instanceof Assessment) {
      return Optional.empty();
    }
    if (source == null) {
      return Optional.empty();
    }
    return Optional.of((source.isAbsolute() ? source : base.resolve(source)).toString());
  }
}
