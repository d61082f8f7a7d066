package org.framsteg.xapi;

/**
 * What a statement's actor acted on: an {@link Activity}, an {@link Agent} or {@link Group}, a
 * {@link StatementRef} or a {@link SubStatement}.
 *
 * <pre>{@code
 * StatementObject o = statement.object();
 * if (o instanceof Activity a) { System.out.println(a.id()); }
 * }</pre>
 *
 * <p>See <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#244-object">xAPI-Data
 * 2.4.4 Object</a>.
 */
public sealed interface StatementObject permits Activity, Agent, Group, StatementRef, SubStatement {

  /** The {@code objectType} written for this object: Activity, Agent, Group, StatementRef or SubStatement. */
  String objectType();
}
