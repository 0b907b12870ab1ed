package cn.samr.livestream.governance.campaign;

import cn.samr.livestream.shared.ApiError;

/** 409: the campaign's state does not allow the change (begun, frozen), or a concurrent request won. */
public class CampaignConflictException extends RuntimeException {

  private final ApiError error;

  public CampaignConflictException(String chinese, String english) {
    super(english);
    this.error = ApiError.of("CONFLICT", chinese, english);
  }

  public ApiError error() {
    return error;
  }
}
