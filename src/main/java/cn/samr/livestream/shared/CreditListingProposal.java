package cn.samr.livestream.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * A case's penalty decision proposing a credit listing (处罚决定提请列入信用名单, docs/credit.md): case-investigation's
 * service task Task_ProposeCreditListing sends message {@link #MESSAGE} with the variables named here, which starts
 * credit-listing at StartEvent_ListingProposedByCase. The two features share only these names (enforcement imports
 * nothing of governance, as with Msg_EscalationRaised).
 */
public final class CreditListingProposal {

  /** The message credit-listing starts on. */
  public static final String MESSAGE = "Msg_CreditListingProposed";
  /** Message variable: the case (case_file.id) whose decision proposes the listing. */
  public static final String CASE_ID = "caseId";
  /** Message variable: {@link Kind#SERIOUS_ILLEGAL} or {@link Kind#ABNORMAL}. */
  public static final String KIND = "kind";
  /** Message variable with ABNORMAL: the {@link AbnormalGround}. */
  public static final String GROUND = "ground";

  /** What the decision proposes (决定表单「提请列入信用名单」). */
  public enum Kind {
    NONE("不提请"),
    SERIOUS_ILLEGAL("列入严重违法失信名单"),
    ABNORMAL("列入经营异常名录");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Optional<Kind> ofCode(String code) {
      return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
  }

  /** The two grounds of the abnormal list found in enforcement (企业经营异常名录管理暂行办法第四条（三）（四）). */
  public enum AbnormalGround {
    FALSE_DISCLOSURE("公示信息隐瞒真实情况、弄虚作假"),
    UNREACHABLE("通过登记的住所或经营场所无法联系");

    private final String label;

    AbnormalGround(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Optional<AbnormalGround> ofCode(String code) {
      return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }
  }

  private CreditListingProposal() {
  }
}
