// The consumer compiled against icp-core and its one call printed the exact sum.
def log = new File(basedir, 'build.log').text
assert log.contains('consumer-check: USD 1201.00') : 'the consumer did not print the expected sum'
