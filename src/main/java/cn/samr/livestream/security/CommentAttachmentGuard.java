package cn.samr.livestream.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;

/**
 * Only those who may work on a task comment on it or attach to it; only those who may update a process
 * instance comment on it or attach to it — whatever layer asks (/engine-rest, the webapps' /camunda/api/engine,
 * the Java API).
 *
 * <p>Why: Camunda 7.24 checks no permission at all when a comment or attachment is added
 * ({@code AddCommentCmd}, {@code CreateAttachmentCmd}), nor when an attachment is deleted or renamed
 * ({@code DeleteAttachmentCmd}, {@code SaveAttachmentCmd}); its REST layer only makes sure the caller can read
 * the task's history. So a read-only supervisor could write into any unit's task. Updating and deleting
 * comments the engine already checks (TASK_WORK on the task, UPDATE on the instance): this guard asks the same
 * of the commands above, through the engine's own {@link CommandChecker}s.
 *
 * <p>Fails closed: a task that is no longer open, a process instance that does not exist, a comment that names
 * a task and another instance, or an attachment with neither task nor instance are refused; and the command
 * fields it reads are resolved when the class loads, so an engine that changed them stops the start.
 * Runs as a command interceptor inside the command context; calls without an authenticated user or with
 * authorization checks off (the engine's and the application's own work) are not checked, as the engine does.
 */
@Component
public class CommentAttachmentGuard extends AbstractProcessEnginePlugin {

  static final String TASK_WORK_ONLY = "只有可办理该任务的人（候选单位人员、办理人或获授权者）才能添加或修改其评论和附件 / "
      + "Only those who may work on the task (its candidate unit, its assignee or those granted it) may comment on it "
      + "or attach to it";
  static final String INSTANCE_UPDATE_ONLY = "只有有权修改该流程实例的人才能添加或修改其评论和附件 / "
      + "Only those who may update the process instance may comment on it or attach to it";
  static final String TASK_NOT_OPEN = "任务不存在或已办结，不能再添加或修改评论和附件 / "
      + "The task does not exist or is finished: its comments and attachments can no longer be changed";
  static final String INSTANCE_NOT_RUNNING = "流程实例不存在或已结束，不能再添加或修改评论和附件 / "
      + "The process instance does not exist or has ended: its comments and attachments can no longer be changed";
  static final String OTHER_INSTANCE = "评论只能关联任务所属的流程实例 / "
      + "A task's comment can only name the task's own process instance";
  static final String NO_OWNER = "附件既不属于任务也不属于流程实例，不能修改 / "
      + "An attachment of neither a task nor a process instance cannot be changed";

  private static final ThreadLocal<AuthorizationException[]> CAPTURE = new ThreadLocal<>();

  private static final Field COMMENT_TASK = field(AddCommentCmd.class, "taskId");
  private static final Field COMMENT_INSTANCE = field(AddCommentCmd.class, "processInstanceId");
  private static final Field ATTACH_TASK = field(CreateAttachmentCmd.class, "taskId");
  private static final Field ATTACH_INSTANCE = field(CreateAttachmentCmd.class, "processInstanceId");
  private static final Field DELETE_ATTACHMENT = field(DeleteAttachmentCmd.class, "attachmentId");
  private static final Field SAVE_ATTACHMENT = field(SaveAttachmentCmd.class, "attachment");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        withGuard(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        withGuard(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> all = new ArrayList<>(interceptors == null ? List.of() : interceptors);
    all.add(new Interceptor());
    return all;
  }

  /** After the command context interceptor: the checks run in the command's own context and transaction. */
  static class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      if (context != null && checking(context)) {
        if (command instanceof AddCommentCmd) {
          checkWrite(context, read(COMMENT_TASK, command), read(COMMENT_INSTANCE, command));
        } else if (command instanceof CreateAttachmentCmd) {
          checkWrite(context, read(ATTACH_TASK, command), read(ATTACH_INSTANCE, command));
        } else if (command instanceof DeleteAttachmentCmd) {
          checkAttachment(context, (String) read(DELETE_ATTACHMENT, command));
        } else if (command instanceof SaveAttachmentCmd) {
          Attachment attachment = (Attachment) read(SAVE_ATTACHMENT, command);
          checkAttachment(context, attachment == null ? null : attachment.getId());
        }
      }
      return next.execute(command);
    }
  }

  /** As the engine's AuthorizationManager decides whether to check: authorization on, a user, checks enabled. */
  private static boolean checking(CommandContext context) {
    Authentication user = context.getAuthentication();
    return context.getProcessEngineConfiguration().isAuthorizationEnabled() && context.isAuthorizationCheckEnabled()
        && user != null && user.getUserId() != null;
  }

  private static void checkWrite(CommandContext context, Object taskId, Object processInstanceId) {
    if (taskId != null) {
      TaskEntity task = context.getTaskManager().findTaskById((String) taskId);
      if (task == null) {
        throw refuse(TASK_NOT_OPEN, null);
      }
      if (processInstanceId != null && !processInstanceId.equals(task.getProcessInstanceId())) {
        throw refuse(OTHER_INSTANCE, null);
      }
      try {
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
          checker.checkTaskWork(task);
        }
      } catch (AuthorizationException e) {
        throw refuse(TASK_WORK_ONLY, e);
      }
    } else if (processInstanceId != null) {
      ExecutionEntity instance = context.getExecutionManager().findExecutionById((String) processInstanceId);
      if (instance == null || !instance.isProcessInstanceExecution()) {
        throw refuse(INSTANCE_NOT_RUNNING, null);
      }
      try {
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
          checker.checkUpdateProcessInstance(instance);
        }
      } catch (AuthorizationException e) {
        throw refuse(INSTANCE_UPDATE_ONLY, e);
      }
    }
    // neither: the command itself refuses it ("Process instance id and task id is null")
  }

  /** An attachment changes as its task or process instance would; one that does not exist the command reports. */
  private static void checkAttachment(CommandContext context, String attachmentId) {
    AttachmentEntity stored = attachmentId == null ? null
        : context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
    if (stored == null) {
      return;
    }
    if (stored.getTaskId() == null && stored.getProcessInstanceId() == null) {
      throw refuse(NO_OWNER, null);
    }
    checkWrite(context, stored.getTaskId(), stored.getTaskId() == null ? stored.getProcessInstanceId() : null);
  }

  private static AuthorizationException refuse(String message, AuthorizationException cause) {
    AuthorizationException refusal = new AuthorizationException(
        cause == null ? message : message + ": " + cause.getMessage());
    AuthorizationException[] slot = CAPTURE.get();
    if (slot != null && slot[0] == null) {
      slot[0] = refusal;
    }
    return refusal;
  }

  // ---- the REST layers turn some engine exceptions into 400 or 404; the web filter answers a refusal with 403

  /**
   * A refusal by another engine-level guard (a task listener, whose exceptions the engine wraps into a plain
   * ProcessEngineException that Camunda's REST layers answer with 500): remembered like this guard's own, so that
   * {@link EngineAuthorizationErrorFilter} answers the web request 403 with the message.
   */
  public static AuthorizationException refusal(String message) {
    return refuse(message, null);
  }

  /** Starts remembering refusals for this thread (one web request); see {@link EngineAuthorizationErrorFilter}. */
  static void beginCapture() {
    CAPTURE.set(new AuthorizationException[1]);
  }

  /** The first refusal since {@link #beginCapture()}, or null. */
  static AuthorizationException captured() {
    AuthorizationException[] slot = CAPTURE.get();
    return slot == null ? null : slot[0];
  }

  static void endCapture() {
    CAPTURE.remove();
  }

  // ---- the commands keep their ids in protected fields

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda changed " + type.getName() + ": no field " + name
          + "; the comment and attachment guard cannot check it", e);
    }
  }

  private static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }
}
