package cn.samr.livestream.subject;

import java.util.ArrayList;
import java.util.List;

/**
 * A supervised subject's record: complaints naming it, clues about it, enforcement actions taken
 * against it, orders sent to platforms about it (平台指令), cases filed against it, transfers to the police and
 * the spot checks of its live room or account; and the governance measures (issue 16): interviews and written reminders
 * (约谈、提醒告诫), credit listings (信用名单), special campaigns (专项整治) and transfers to other departments (部门移送). {@code sanctions} counts the sanctions on record; {@code sanctionsInFirstOffenceWindow} the
 * earlier findings of violation within the first-offence look-back window, and {@code firstOffence} is
 * true while there are none (the same count response-tier.dmn reads as priorSanctionsInWindow; for
 * display, the tier proposal is the table's). No complainant or reporter data.
 *
 * <p>A read model the features feed through {@link SubjectHistorySource}: the entries are theirs (each
 * feature's own record type), so this package names none of their classes.
 */
public record SubjectHistory(SupervisedSubject subject, long sanctions, long sanctionsInFirstOffenceWindow,
    boolean firstOffence, List<?> complaints, List<?> clues, List<?> actions, List<?> orders, List<?> cases, List<?> transfers, List<?> spotChecks,
    List<?> interviews, List<?> listings, List<?> campaigns, List<?> departmentTransfers) {

  /** Collects the features' parts; a part no feature fills stays empty. */
  public static final class Parts {

    private final List<Object> complaints = new ArrayList<>();
    private final List<Object> clues = new ArrayList<>();
    private final List<Object> actions = new ArrayList<>();
    private final List<Object> orders = new ArrayList<>();
    private final List<Object> cases = new ArrayList<>();
    private final List<Object> transfers = new ArrayList<>();
    private final List<Object> spotChecks = new ArrayList<>();
    private final List<Object> interviews = new ArrayList<>();
    private final List<Object> listings = new ArrayList<>();
    private final List<Object> campaigns = new ArrayList<>();
    private final List<Object> departmentTransfers = new ArrayList<>();
    private long sanctions;
    private long sanctionsInWindow;

    /**
     * Adds entries: a party's record merged from several (subject_merge) is asked for under each of its ids,
     * so each call adds to what the earlier ones gave.
     */
    public Parts complaints(List<?> entries) {
      this.complaints.addAll(entries);
      return this;
    }

    public Parts clues(List<?> entries) {
      this.clues.addAll(entries);
      return this;
    }

    /**
     * The enforcement actions on record, how many of them are sanctions (处罚或告诫等) and how many earlier
     * matters found a violation within the first-offence window (首违回溯期).
     */
    public Parts actions(List<?> entries, long sanctions, long sanctionsInWindow) {
      this.actions.addAll(entries);
      this.sanctions += sanctions;
      this.sanctionsInWindow += sanctionsInWindow;
      return this;
    }

    /** Orders sent to platforms through their channel: to the party as a platform, or about its accounts. */
    public Parts orders(List<?> entries) {
      this.orders.addAll(entries);
      return this;
    }

    public Parts cases(List<?> entries) {
      this.cases.addAll(entries);
      return this;
    }

    public Parts transfers(List<?> entries) {
      this.transfers.addAll(entries);
      return this;
    }

    public Parts spotChecks(List<?> entries) {
      this.spotChecks.addAll(entries);
      return this;
    }

    /** Interviews, written reminders and guidance letters (约谈、提醒告诫函、行政指导意见函) naming the subject. */
    public Parts interviews(List<?> entries) {
      this.interviews.addAll(entries);
      return this;
    }

    /** Credit listings (经营异常名录、严重违法失信名单) of the subject. */
    public Parts listings(List<?> entries) {
      this.listings.addAll(entries);
      return this;
    }

    /** Special campaigns (专项整治) with records about the subject tagged. */
    public Parts campaigns(List<?> entries) {
      this.campaigns.addAll(entries);
      return this;
    }

    /** Transfers to other departments (部门移送) about the subject. */
    public Parts departmentTransfers(List<?> entries) {
      this.departmentTransfers.addAll(entries);
      return this;
    }

    SubjectHistory of(SupervisedSubject subject) {
      // a complaint or clue naming two records merged later is found under both ids: shown once
      return new SubjectHistory(subject, sanctions, sanctionsInWindow, sanctionsInWindow == 0,
          complaints.stream().distinct().toList(), clues.stream().distinct().toList(), List.copyOf(actions),
          orders.stream().distinct().toList(), List.copyOf(cases), List.copyOf(transfers),
          spotChecks.stream().distinct().toList(), interviews.stream().distinct().toList(),
          listings.stream().distinct().toList(), campaigns.stream().distinct().toList(),
          departmentTransfers.stream().distinct().toList());
    }
  }
}
