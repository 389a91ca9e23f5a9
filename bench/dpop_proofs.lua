-- wrk script of bench/server.py: every request carries the next DPoP proof of a file made
-- beforehand (one proof a line, the file named by the environment variable BENCH_PROOFS),
-- so a signed request costs wrk a table look-up, and the server a fresh proof each time.
-- Run wrk with one thread (-t1): each thread has its own copy of the list. When the list
-- runs out, the header says so and the server answers 401, which bench/server.py reports
-- as an error instead of a silently different measurement.

local proofs = {}
for line in io.lines(os.getenv("BENCH_PROOFS")) do
  proofs[#proofs + 1] = line
end
local next_proof = 0

request = function()
  next_proof = next_proof + 1
  wrk.headers["DPoP"] = proofs[next_proof] or "the-bench-ran-out-of-proofs"
  return wrk.format()
end
