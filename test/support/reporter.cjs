// Spec output, then the plain closing line CI reads: "tests: N passed, N failed".
const Mocha = require('mocha')
const { Spec } = Mocha.reporters
class Reporter extends Spec {
  constructor(runner, options) {
    super(runner, options)
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats
      process.stdout.write(`tests: ${s.passes} passed, ${s.failures} failed\n`)
    })
  }
}
module.exports = Reporter
