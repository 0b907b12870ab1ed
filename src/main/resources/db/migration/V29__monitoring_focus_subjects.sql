-- Issue 16 slice 9 (docs/monthly-monitoring.md, 重点监测对象): when a month's spot-check assignment is opened, the
-- district's register subjects of credit risk class D, then C (live rooms, streamers, room operators first within a
-- class), at most livestream.monitoring.focus-subject-limit, are stored with it — the list as it was that day, with the
-- class the subject had then; a later change of class does not change an assignment already opened.
CREATE TABLE spot_check_focus_subject (
  assignment_id BIGINT  NOT NULL,
  position      INT     NOT NULL,  -- 1, 2, … in the order shown
  subject_id    BIGINT  NOT NULL,
  credit_class  CHAR(1) NOT NULL,  -- D or C, as on the day the assignment was opened
  CONSTRAINT pk_spot_check_focus_subject PRIMARY KEY (assignment_id, position),
  CONSTRAINT fk_focus_subject_assignment FOREIGN KEY (assignment_id) REFERENCES spot_check_assignment (id),
  CONSTRAINT fk_focus_subject_subject FOREIGN KEY (subject_id) REFERENCES supervised_subject (id)
) ${table_options};
