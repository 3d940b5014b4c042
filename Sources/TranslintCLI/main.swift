import Translint
print(RuleRegistry.all.count)
