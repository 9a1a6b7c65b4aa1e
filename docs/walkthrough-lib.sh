# Helpers the walk-throughs share (sourced, not run). Needs bash, curl, sed, grep, openssl and base64.
set -euo pipefail
API=${API:-http://127.0.0.1:3000}
JSON='Content-Type: application/json'
HEADERS=$(mktemp); BODY=$(mktemp); trap 'rm -f "$HEADERS" "$BODY"' EXIT
V=''                                  # the version last read (ETag), sent as If-Match by act

# the first string value of a JSON field in the last answer (or in FILE): field NAME [FILE]
field() { grep -o "\"$1\":\"[^\"]*\"" "${2:-$BODY}" | head -1 | cut -d'"' -f4; }
token() { curl -s --fail "$API/_local/token/$1" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }

# one call as USER: prints the answer, keeps it in $BODY and its ETag (if any) in V; stops the walk at an error
send() { local user=$1 method=$2 path=$3; shift 3
  if ! curl -s --fail-with-body -D "$HEADERS" -o "$BODY" -X "$method" "$API$path" \
       -H "Authorization: Bearer $(token "$user")" -H "$JSON" "$@"; then
    echo "$method $path as $user failed:" >&2; cat "$BODY" >&2; echo >&2; exit 22
  fi
  local etag; etag=$(sed -n 's/^[Ee][Tt]ag: *\([^[:space:]]*\).*/\1/p' "$HEADERS")
  if [ -n "$etag" ]; then V=$etag; fi                     # lists and print jobs have no version: V stays
  cat "$BODY"; echo; }
get()    { send "$1" GET "$2"; }                                       # get USER PATH
create() { send "$1" POST "$2" -H "Idempotency-Key: $(date +%s%N)-$RANDOM" -d "$3"; }  # create USER PATH BODY
act()    { local user=$1 method=$2 path=$3 body=${4:-}                 # act USER METHOD PATH [BODY], on version V
  if [ -n "$body" ]; then send "$user" "$method" "$path" -H "If-Match: $V" -d "$body"
  else send "$user" "$method" "$path" -H "If-Match: $V"; fi; }
expect() { grep -q -- "$1" "$BODY" || { echo "expected $1 in: $(cat "$BODY")" >&2; exit 1; }; }

# the local cloud's clock: today in Asia/Shanghai, a day N days on, and a jump to a moment (due timers fire)
today() { curl -s --fail "$API/_local/clock" | sed 's/.*"today":"\([^"]*\)".*/\1/'; }
day()   { date -d "$1 $2 day" +%F 2>/dev/null || date -j -v"$2"d -f %F "$1" +%F; }   # day 2027-02-08 +3 (GNU or BSD)
clock() { curl -s --fail-with-body -X POST "$API/_local/clock/set?at=$1T$2%2B08:00"; echo; }   # clock 2027-02-08 10:00:00

# a print job polled until its PDF is ready (the worker renders it from the queue)
printed() { local job=$1 user=$2 i
  for i in $(seq 1 100); do
    get "$user" "/print-jobs/$job" > /dev/null
    if grep -q '"status":"DONE"' "$BODY"; then cat "$BODY"; echo; return 0; fi
    if grep -q '"status":"FAILED"' "$BODY"; then cat "$BODY" >&2; exit 1; fi
    sleep 0.2
  done
  echo "print job $job not done: $(cat "$BODY")" >&2; exit 1; }

# a file uploaded as a browser does: ask for a link with its type, size and MD5, PUT it with exactly the signed
# headers; prints the key to register. upload USER PATH TYPE FILE
upload() { local user=$1 path=$2 type=$3 file=$4 md5 size url args=()
  md5=$(openssl dgst -md5 -binary "$file" | base64); size=$(wc -c < "$file" | tr -d ' ')
  send "$user" POST "$path" -d '{"contentType":"'"$type"'","size":'"$size"',"md5":"'"$md5"'"}' > /dev/null
  url=$(field url | sed 's/\\u0026/\&/g')
  while IFS= read -r h; do args+=(-H "$h"); done < <(grep -o '"\(content-type\|content-md5\|x-amz-[a-z-]*\)":"[^"]*"' \
    "$BODY" | sed 's/^"\([^"]*\)":"\(.*\)"$/\1: \2/')
  curl -s --fail-with-body -X PUT "$url" "${args[@]}" --data-binary "@$file" > /dev/null
  field key; }
