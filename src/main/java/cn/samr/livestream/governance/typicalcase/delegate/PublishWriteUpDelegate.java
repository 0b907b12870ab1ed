package cn.samr.livestream.governance.typicalcase.delegate;

import static cn.samr.livestream.governance.typicalcase.TypicalCaseProcess.Var.WRITE_UP_ID;

import cn.samr.livestream.governance.typicalcase.TypicalCaseProcess;
import cn.samr.livestream.governance.typicalcase.TypicalCaseService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公开发布: checked once more and copied to the public table; personal data found now throws the BPMN error
 * PERSONAL_DATA_FOUND (boundary Error_PersonalDataFound, back to drafting).
 */
@Component
public class PublishWriteUpDelegate implements JavaDelegate {

  private final TypicalCaseService writeUps;

  public PublishWriteUpDelegate(TypicalCaseService writeUps) {
    this.writeUps = writeUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (writeUps.publish(WRITE_UP_ID.require(execution)).isEmpty()) {
      throw new BpmnError(TypicalCaseProcess.PERSONAL_DATA_FOUND, "personal data found at publication");
    }
  }
}
