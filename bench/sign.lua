-- wrk script: POSTs the sign form with a unique email per request.
-- Usage: wrk -t2 -c16 -d10s -s bench/sign.lua http://127.0.0.1:8080/campaigns/british-values/signatures
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + id)
  prefix = string.format("%d-%d", os.time(), math.random(1, 1000000000))
end

request = function()
  counter = counter + 1
  local body = string.format(
    "full_name=Load+Tester&email=load-%s-%d%%40example.org&postcode=SW1A+1AA&country=GB&website=",
    prefix, counter)
  return wrk.format("POST", nil, { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx/3xx responses are reported above as 'Non-2xx or 3xx'\n"))
end
