#!/usr/bin/env bash
# 平台协同共治接口的示例客户端 / an example client of the platform API (docs/platform-api.md).
# 用法 / usage:
#   BASE=http://localhost:8080 CLIENT_ID=douyin CLIENT_SECRET=… docs/platform-client.sh
# 依次：报送一批主体（再发一次，证明重试安全）、报送一条线索并查询其状态、报送一份自查报告、列出本平台的线索、
# 列出待确认的指令（设置 ORDER_NO 时确认该指令）、列出函件与承诺（设置 LETTER_NO、COMMITMENT_NO 时确认收悉、报告履行）。
# In turn: report a batch of subjects (sent twice: a retry is safe), submit a clue and read its status, submit a
# self-inspection report, list this platform's clues, list the orders to confirm (and confirm ORDER_NO if set), list letters
# and commitments (acknowledge LETTER_NO, report COMMITMENT_NO if set). Needs curl; prints each answer's status and body.
set -euo pipefail

BASE=${BASE:-http://localhost:8080}
: "${CLIENT_ID:?set CLIENT_ID (the client id the administrators registered)}"
: "${CLIENT_SECRET:?set CLIENT_SECRET (the secret shown once at registration)}"
RUN=${RUN:-$(date +%Y%m%d%H%M%S)}
TODAY=$(date +%F)
MONTH_AGO=$(date -d '30 days ago' +%F 2>/dev/null || date -v-30d +%F)

call() { # method path [json]
  local method=$1 path=$2 body=${3:-}
  echo "== $method $path"
  if [ -n "$body" ]; then
    curl -sS -u "$CLIENT_ID:$CLIENT_SECRET" -X "$method" -H 'Content-Type: application/json; charset=UTF-8' \
      --data-binary "$body" -w '\n-> HTTP %{http_code}\n' "$BASE$path"
  else
    curl -sS -u "$CLIENT_ID:$CLIENT_SECRET" -X "$method" -w '\n-> HTTP %{http_code}\n' "$BASE$path"
  fi
}

BATCH=$(cat <<JSON
{"batchId": "subjects-$RUN",
 "subjects": [
  {"type": "MERCHANT", "name": "上海示例贸易有限公司", "creditCode": "91310113MA1GL0001X", "district": "310113"},
  {"type": "STREAMER", "name": "示例主播", "accountId": "anchor-$RUN", "district": "310113"},
  {"type": "ROOM_OPERATOR", "name": "示例直播间", "accountId": "room-$RUN", "district": "310113"},
  {"type": "AGENCY", "name": "上海示例文化传媒有限公司", "creditCode": "91310115MA1GL0002Y"}
 ]}
JSON
)
call POST /platform-api/v1/subject-batches "$BATCH"   # 201
call POST /platform-api/v1/subject-batches "$BATCH"   # 200: the same answer, nothing added

CLUE=$(cat <<JSON
{"externalNo": "clue-$RUN", "category": "ECOMMERCE", "district": "310113",
 "subjects": [{"type": "ROOM_OPERATOR", "name": "示例直播间", "accountId": "room-$RUN", "district": "310113"}],
 "facts": "平台巡查发现该直播间宣称普通食品可治疗糖尿病，涉嫌虚假宣传。",
 "evidence": ["回放 https://example.invalid/replay/$RUN"]}
JSON
)
call POST /platform-api/v1/clues "$CLUE"               # 201
call GET "/platform-api/v1/clues/clue-$RUN"            # status: UNDER_VERIFICATION … CLOSED

REPORT=$(cat <<JSON
{"reportNo": "self-$RUN", "periodFrom": "$MONTH_AGO", "periodTo": "$TODAY",
 "summary": "本期巡查直播间1200个，发现违规32起，均已处置。", "roomsInspected": 1200, "violationsFound": 32,
 "itemsTakenDown": 18, "accountsSanctioned": 5, "cluesSubmitted": 1}
JSON
)
call POST /platform-api/v1/self-inspection-reports "$REPORT"   # 201
call GET "/platform-api/v1/clues?page=0&size=20"

# 指令（需 ORDERS 权限）：列出待确认的指令；设置 ORDER_NO 时确认该指令 / orders (scope ORDERS): list those to
# confirm; with ORDER_NO set, confirm that one (the bureau's follow-up check then comes at once)
call GET "/platform-api/v1/orders?status=ISSUED&page=0&size=20"
if [ -n "${ORDER_NO:-}" ]; then
  call POST "/platform-api/v1/orders/$ORDER_NO/confirmation" \
    "{\"completedOn\": \"$TODAY\", \"action\": \"已下架涉事商品链接并暂停该直播间带货权限\", \"itemsHandled\": 2}"   # 201, again 200
fi

# 约谈通知与函件（需 LETTERS 权限）：列出未确认的函件；设置 LETTER_NO 时确认收悉该函件；列出待履行的承诺，设置
# COMMITMENT_NO 时报告该承诺已履行 / letters (scope LETTERS): list those not acknowledged, acknowledge LETTER_NO if
# set; list the open commitments and report COMMITMENT_NO fulfilled if set (the bureau's check then comes at once)
call GET "/platform-api/v1/letters?status=ISSUED&page=0&size=20"
if [ -n "${LETTER_NO:-}" ]; then
  call POST "/platform-api/v1/letters/$LETTER_NO/acknowledgement" \
    "{\"acknowledgedOn\": \"$TODAY\", \"note\": \"已收悉，将按函件要求落实平台管理责任\"}"   # 201, again 200
fi
call GET "/platform-api/v1/commitments?status=OPEN"
if [ -n "${COMMITMENT_NO:-}" ]; then
  call POST "/platform-api/v1/commitments/$COMMITMENT_NO/report" \
    "{\"fulfilledOn\": \"$TODAY\", \"description\": \"已完成平台内经营者资质全面核验\"}"   # 201, again 200
fi
