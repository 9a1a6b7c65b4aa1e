#!/usr/bin/env bash
# The 49-day health program over HTTP, from the shop's order to the second evaluation, against the local cloud
# (mvn -Plocal -DskipTests package; then: bash docs/walkthrough-program.sh). The customer is the demo customer
# (user `customer`, id `demo-customer`); the team is the demo head coach, assistant coach and customer service.
# Each change sends the version the last answer gave (If-Match); the archive and the course (the 49 days and
# after, the coaches' and the customer's steps) are records of their own with their own versions. The walk moves the local clock over the 49 days and the 60 after (timers fire on the way).
source "$(dirname "$0")/walkthrough-lib.sh"
D=$(day "$(today)" +1); clock "$D" 09:00:00 > /dev/null       # the order comes in tomorrow morning
ORDER="SO-$(date +%s)-$RANDOM"

# H-01 the shop's server reports the paid order (its own service token); the office confirms the contract type
create shop /shop/orders '{"orderNo":"'"$ORDER"'","channel":"APP_PAYMENT","customerId":"demo-customer",
  "customerName":"林晓","phone":"13800001111","product":"49 天健康管理","amount":1980000,
  "consent":{"textVersion":"2026-12","purposes":["SERVICE","SENSITIVE"]},
  "payment":{"channel":"APP_PAYMENT","amount":1980000,"payerName":"林晓","reference":"WX-'"$ORDER"'",
             "paidAt":"'"$D"'T08:30:00+08:00"}}'
P=/programs/$(field id)
act office POST "$P/contract-type" '{"contractType":"ONLINE"}'

# H-02 the team is invited and each member takes their seat; customer service posts the archive link
act office POST "$P/team" '{"headCoachId":"demo-headcoach","assistantCoachId":"demo-coach","customerServiceId":"demo-service"}'
act headcoach POST "$P/team/head-coach/answer" '{"accept":true}'
act coach POST "$P/team/assistant-coach/answer" '{"accept":true}'
act service POST "$P/team/customer-service/answer" '{"accept":true}'
send service POST "$P/messages" -d '{"kind":"LINK","text":"请在 24 小时内填写健康档案","url":"https://app.example.com/archive"}'

# H-04 she reads the contract and signs the version she read; the office countersigns; the signed PDF is printed
get customer "$P/contract" > /dev/null
act customer POST "$P/contract/customer-signature" '{"version":"'"$(field version)"'","name":"林晓"}'
act office POST "$P/contract/company-signature"
printed "$(field pdfJobId)" customer

# H-05…H-07 the health archive (its own record and version): filled, passed by the auditor, confirmed by service
get customer "$P/archive" > /dev/null; expect '"status":"EMPTY"'
act customer PUT "$P/archive" '{"heightCm":165,"weightKg":68.5,"systolicMmHg":126,"diastolicMmHg":84,
  "goals":"三个月减重 5 公斤","sleepHours":6,"exerciseDaysPerWeek":2,"allergies":["青霉素"],"smokes":false,"drinks":true,
  "consent":{"textVersion":"2026-12","purposes":["SERVICE","SENSITIVE"]}}'
act auditor POST "$P/archive/audit" '{"passed":true}'
act service POST "$P/archive/confirmation" '{"passed":true}'

# H-08 the health manager writes the plan from a template; H-09…H-12 mail, packing, shipment, receipt
get manager /plan-templates > /dev/null
get manager "$P" > /dev/null
act manager POST "$P/plans" '{"templateId":"low-carb","exercise":"每日快走 40 分钟"}'
act service PUT "$P/delivery" '{"method":"MAIL","address":"上海市徐汇区漕溪北路 1 号 1201 室","recipient":"林晓","recipientPhone":"13800001111"}'
act office POST "$P/packing" '{"goods":[{"name":"代餐粉","quantity":7},{"name":"体脂秤","quantity":1},{"name":"智能手环","quantity":1}],
  "carrier":"SF","trackingNo":"SF'"$(date +%s)"'"}'
PHOTO=$(mktemp); printf '\377\330\377\340packed\377\331' > "$PHOTO"; SAVED=$V
KEY=$(upload office "$P/shipment/photo-uploads" image/jpeg "$PHOTO"); V=$SAVED
act office POST "$P/shipment" '{"photoKeys":["'"$KEY"'"]}'
act service POST "$P/delivery/follow-ups" '{"text":"您的货物预计明天到达，收到后请点击确认收货"}'
act customer POST "$P/receipt"; expect '"stage":"RECEIVED"'

# H-13 call 1 booked and held the same evening; the plan starts two days on (day 1). From here on the steps are
# the course's: its own record, read at $P/course, on its own version
get headcoach "$P/course" > /dev/null
act headcoach POST "$P/calls/1/booking" '{"at":"'"$D"'T21:00:00+08:00","channel":"腾讯会议"}'
clock "$D" 22:00:00; get headcoach "$P/course" > /dev/null
act headcoach POST "$P/calls/1/held" '{"covered":["方案目标","饮食"],"summary":"客户理解方案安排"}'
S=$(day "$D" +2); E=$(day "$S" +49)                       # day 1, and day 50 (the plan's end)
act headcoach PUT "$P/start" '{"startDate":"'"$S"'"}'; expect '"status":"STARTED"'

# H-17 day 21, 10:00: the week-3 call opens; her scale has reported; the coach prints her trend chart
weigh() { send customer POST "$P/readings" -d '{"readings":[{"metric":"WEIGHT_KG","value":'"$1"',"source":"SCALE",
  "deviceId":"YF-1","measuredAt":"'"$2"'T07:30:00+08:00"}]}' > /dev/null; }
clock "$(day "$S" +20)" 10:01:00
weigh 68.5 "$S"; weigh 67.6 "$(day "$S" +7)"; weigh 66.9 "$(day "$S" +19)"
send coach POST "$P/trend-chart-prints" > /dev/null; printed "$(field id)" coach

# H-18 day 50: service ends the plan, she answers the survey, both coaches review the service
clock "$E" 10:01:00; get service "$P/course" > /dev/null
act service POST "$P/end"
act customer POST "$P/survey" '{"service":5,"coaches":5,"meals":4,"results":5,"recommend":true}'
REVIEW='{"score":8,"strengths":"每日反馈及时，餐单解读口语化","weaknesses":"第三周周末聚餐后未及时调整餐单","suggestions":"节假日前一天提前发送聚餐饮食建议"}'
act headcoach POST "$P/reviews" "$REVIEW"
act coach POST "$P/reviews" "$REVIEW"

# H-19 end + 3: her after photos and the first evaluation; the head coach's service summary is printed
clock "$(day "$E" +3)" 10:01:00; get customer "$P/course" > /dev/null; weigh 64.3 "$(day "$E" -1)"
KEY=$(upload customer "$P/post-plan/photo-uploads" image/jpeg "$PHOTO"); get customer "$P/course" > /dev/null
act customer POST "$P/post-plan/photos" '{"photoKeys":["'"$KEY"'"]}'
get headcoach "$P/results"
get headcoach "$P/course" > /dev/null
act headcoach POST "$P/evaluations/1" '{"assessment":"体重由 68.5 公斤降至 64.3 公斤，达到方案目标，建议保持运动"}'
act headcoach POST "$P/service-summary" '{"summary":"客户执行良好；团队反馈及时，周末督促需加强"}'
printed "$(grep -o '"after".*' "$BODY" | grep -o '"pdfJobId":"[^"]*"' | head -1 | cut -d'"' -f4)" headcoach

# H-20 end + 29: her re-check report; end + 60: the second evaluation
clock "$(day "$E" +29)" 09:00:00
REPORT=$(mktemp); printf '%%PDF-1.7 re-check report' > "$REPORT"
KEY=$(upload customer "$P/recheck-report/file-uploads" application/pdf "$REPORT"); get customer "$P/course" > /dev/null
act customer POST "$P/recheck-report" '{"fileKeys":["'"$KEY"'"]}'
clock "$(day "$E" +60)" 10:01:00; get coach "$P/course" > /dev/null
act coach POST "$P/evaluations/2" '{"assessment":"复检报告各项指标正常，体重保持稳定"}'; expect '"recheckOnFile":true'
rm -f "$PHOTO" "$REPORT"
echo "walk-through done: program ${P#/programs/}"
